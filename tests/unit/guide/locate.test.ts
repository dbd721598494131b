import { beforeEach, describe, expect, it } from 'vitest';
import { accessibleName, isVisible, locate, type Locator } from '../../../utils/guide';

function setPage(html: string): void {
  document.body.innerHTML = html;
}
const byId = (id: string) => document.getElementById(id);

beforeEach(() => setPage(''));

describe('locate: each locator kind', () => {
  it('css: the first visible element the selector matches', () => {
    setPage('<button id="a" class="btnTimKiemHoSo" hidden>x</button><button id="b" class="btnTimKiemHoSo">Tra cứu</button>');
    expect(locate(document, [{ css: '.btnTimKiemHoSo' }])?.element).toBe(byId('b'));
  });

  it('css: an invalid selector finds nothing instead of throwing', () => {
    setPage('<button id="b">Tra cứu</button>');
    expect(locate(document, [{ css: '!!' }, { css: '#b' }])).toMatchObject({ element: byId('b'), index: 1 });
  });

  it('role + name: accessible name from text, aria-label, aria-labelledby, title, placeholder, folded', () => {
    setPage(`
      <a id="link" href="/portaldvc/tra-cuu">Tra cứu</a>
      <button id="btn"><span>Tra </span><b>cứu</b></button>
      <button id="icon" aria-label="Đóng"><svg></svg></button>
      <h3 id="h">Thông tin chủ hồ sơ</h3><div id="grp" role="group" aria-labelledby="h"></div>
      <span id="lbl">Mã hồ sơ</span><input id="by-labelledby" aria-labelledby="lbl">
      <input id="by-title" title="Số giấy tờ">
      <input id="by-placeholder" placeholder="Nhập mã hồ sơ">`);
    expect(locate(document, [{ role: 'button', name: 'TRA CUU' }])?.element).toBe(byId('btn'));
    expect(locate(document, [{ role: 'link', name: 'Tra cứu' }])?.element).toBe(byId('link'));
    expect(locate(document, [{ role: 'button', name: 'Đóng' }])?.element).toBe(byId('icon'));
    expect(locate(document, [{ role: 'heading', name: 'thong tin chu ho so' }])?.element).toBe(byId('h'));
    expect(locate(document, [{ role: 'textbox', name: 'Mã hồ sơ' }])?.element).toBe(byId('by-labelledby'));
    expect(locate(document, [{ role: 'textbox', name: 'Số giấy tờ' }])?.element).toBe(byId('by-title'));
    expect(locate(document, [{ role: 'textbox', name: 'Nhập mã hồ sơ' }])?.element).toBe(byId('by-placeholder'));
  });

  it('role + name: an explicit role wins over the tag', () => {
    setPage('<a id="a" href="#" role="button">Đăng nhập</a>');
    expect(locate(document, [{ role: 'link', name: 'Đăng nhập' }])).toBeUndefined();
    expect(locate(document, [{ role: 'button', name: 'Đăng nhập' }])?.element).toBe(byId('a'));
  });

  it('label: the control a label names, by for= or by wrapping, ignoring the trailing colon', () => {
    setPage(`
      <div class="ant-form-item"><div class="ant-form-item-label"><label for="phone" title="Số điện thoại:">Số điện thoại:</label></div>
        <input id="phone"></div>
      <label>Email <input id="email" type="email"></label>`);
    expect(locate(document, [{ label: 'Số điện thoại:' }])?.element).toBe(byId('phone'));
    expect(locate(document, [{ label: 'so dien thoai' }])?.element).toBe(byId('phone'));
    expect(locate(document, [{ label: 'Email:' }])?.element).toBe(byId('email'));
  });

  it('label: an antd Select is pointed at as the whole widget, not its tiny search input', () => {
    setPage(`<label for="tinh">Tỉnh/thành:</label>
      <div id="sel" class="ant-select"><div class="ant-select-selector"><input id="tinh" role="combobox" type="search"></div></div>`);
    expect(locate(document, [{ label: 'Tỉnh/thành:' }])?.element).toBe(byId('sel'));
  });

  it('label: skips a label whose control is hidden and takes the next one', () => {
    setPage(`<div hidden><label for="p1">Số điện thoại:</label><input id="p1"></div>
      <label for="p2">Số điện thoại:</label><input id="p2">`);
    expect(locate(document, [{ label: 'Số điện thoại:' }])?.element).toBe(byId('p2'));
  });

  it('text: an element whose own text equals the text (folded), not one that merely contains it', () => {
    setPage('<p id="long">Bấm Nộp trực tuyến để bắt đầu</p><span id="exact">  NỘP   TRỰC TUYẾN </span>');
    expect(locate(document, [{ text: 'Nộp trực tuyến' }])?.element).toBe(byId('exact'));
  });

  it('text: prefers an interactive element, even when a plain one comes first', () => {
    setPage('<h2 id="h">Tra cứu</h2><button id="b"><span id="inner">Tra cứu</span></button>');
    expect(locate(document, [{ text: 'Tra cứu' }])?.element).toBe(byId('b'));
  });

  it('text: finds text split across several nodes', () => {
    setPage('<div id="d"><b>Đăng ký hồ sơ</b> thành công</div>');
    expect(locate(document, [{ text: 'Đăng ký hồ sơ thành công' }])?.element).toBe(byId('d'));
  });

  it('text: ignores scripts and styles', () => {
    setPage('<script>var x = "Tra cứu"</script><style>/* Tra cứu */</style>');
    expect(locate(document, [{ text: 'Tra cứu' }])).toBeUndefined();
  });

  it('extension: resolved through the callback the content script supplies', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    button.textContent = 'Điền tự động';
    root.append(button);
    const found = locate(document, [{ extension: 'autofill-button' }], {
      exclude: host,
      resolveExtension: (kind) => (kind === 'autofill-button' ? button : null),
    });
    expect(found?.element).toBe(button);
    expect(locate(document, [{ extension: 'autofill-button' }])).toBeUndefined();
  });
});

describe('locate: order, visibility and exclusion', () => {
  it('returns the first locator that finds something, and which one it was', () => {
    setPage('<button id="b">Tra cứu</button>');
    const locators: Locator[] = [{ css: '#does-not-exist' }, { text: 'Không có' }, { role: 'button', name: 'Tra cứu' }];
    expect(locate(document, locators)).toEqual({ element: byId('b'), locator: locators[2], index: 2 });
  });

  it('an earlier locator wins over a later one even if the later one matches too', () => {
    setPage('<button id="a">Tra cứu</button><button id="b" class="btnTimKiemHoSo">Tìm</button>');
    expect(locate(document, [{ css: '.btnTimKiemHoSo' }, { text: 'Tra cứu' }])?.element).toBe(byId('b'));
  });

  it('skips hidden elements: hidden attribute, display none, visibility hidden', () => {
    setPage(`<style>.gone { display: none }</style>
      <div hidden><button>Gửi hồ sơ</button></div>
      <div class="gone"><button>Gửi hồ sơ</button></div>
      <button style="visibility: hidden">Gửi hồ sơ</button>
      <button id="shown">Gửi hồ sơ</button>`);
    expect(locate(document, [{ role: 'button', name: 'Gửi hồ sơ' }])?.element).toBe(byId('shown'));
    expect(locate(document, [{ text: 'Gửi hồ sơ' }])?.element).toBe(byId('shown'));
  });

  it('finds nothing when every match is hidden', () => {
    setPage('<button hidden>Gửi hồ sơ</button>');
    expect(locate(document, [{ role: 'button', name: 'Gửi hồ sơ' }, { text: 'Gửi hồ sơ' }])).toBeUndefined();
  });

  it('never returns the extension’s own UI host or anything in it', () => {
    setPage('<div id="host"><button id="own">Tra cứu</button></div><button id="page">Tra cứu</button>');
    const exclude = byId('host');
    expect(locate(document, [{ css: 'button' }], { exclude })?.element).toBe(byId('page'));
    expect(locate(document, [{ text: 'Tra cứu' }], { exclude })?.element).toBe(byId('page'));
    expect(locate(document, [{ css: '#host' }], { exclude })).toBeUndefined();
  });

  it('isVisible is false for detached elements', () => {
    const orphan = document.createElement('button');
    expect(isVisible(orphan)).toBe(false);
  });

  it('accessibleName folds tones, case and the trailing colon', () => {
    setPage('<label for="x">Số ĐIỆN thoại: </label><input id="x">');
    expect(accessibleName(byId('x') as Element)).toBe('so dien thoai');
  });
});
