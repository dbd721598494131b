import { List } from 'antd';
import { Link } from '../lib/router';
import { ARTICLES } from './news';

export function NewsListPage() {
  return (
    <div className="page">
      <h1 className="page-title">Tin tức</h1>
      <List
        dataSource={ARTICLES}
        renderItem={(a) => (
          <List.Item>
            <List.Item.Meta
              title={<Link to={`/portaldvc/tin-bai/${a.id}`}>{a.title}</Link>}
              description={`${a.date} - ${a.summary}`}
            />
          </List.Item>
        )}
      />
    </div>
  );
}
