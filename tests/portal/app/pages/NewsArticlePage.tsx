import { Link } from '../lib/router';
import { ARTICLES, NEAR_MISS_CODES } from './news';

export function NewsArticlePage(props: { id: string }) {
  const article = ARTICLES.find((a) => a.id === props.id);
  if (!article) return <div className="page">Không có thông tin dữ liệu!</div>;
  return (
    <article className="page news-article">
      <h1 className="page-title">{article.title}</h1>
      <p className="muted">{article.date}</p>
      <p className="news-summary"><b>{article.summary}</b></p>
      {article.paragraphs.map((text) => <p key={text}>{text}</p>)}
      {article.id === '3' && (
        <ul className="near-miss-list">
          {NEAR_MISS_CODES.map((code) => <li key={code}><code>{code}</code></li>)}
        </ul>
      )}
      <p><Link to="/portaldvc/tin-tuc">« Quay lại danh sách tin</Link></p>
    </article>
  );
}
