export function Footer() {
  return (
    <footer className="portal-footer">
      <p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Thanh Hóa</p>
      <p>Đơn vị vận hành: Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa - Số 28 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa</p>
      <p>Tổng đài hỗ trợ: 1900.0000 (bản mô phỏng phục vụ kiểm thử)</p>
    </footer>
  );
}
