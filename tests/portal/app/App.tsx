// Layout and routes of the citizen portal (FACTS §3), all under /portaldvc/.
import { ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { Spin } from 'antd';
import { Suspense, lazy, type ReactNode } from 'react';
import { Header } from './layout/Header';
import { Footer } from './layout/Footer';
import { ToastContainer } from './lib/toast';
import { matchPath, useLocation } from './lib/router';
import { HomePage } from './pages/HomePage';
import { CataloguePage } from './pages/CataloguePage';
import { ProcedureDetailPage } from './pages/ProcedureDetailPage';
import { OnlineServicesPage } from './pages/OnlineServicesPage';
import { LookupPage } from './pages/LookupPage';
import { MyDossiersPage } from './pages/MyDossiersPage';
import { PaymentPage } from './pages/PaymentPage';
import { PaymentReturnPage } from './pages/PaymentReturnPage';
import { MyFeesPage } from './pages/MyFeesPage';
import { SignInPage } from './pages/SignInPage';
import { HelpPage } from './pages/HelpPage';
import { NewsListPage } from './pages/NewsListPage';
import { NewsArticlePage } from './pages/NewsArticlePage';
import { NotFoundPage } from './pages/NotFoundPage';

dayjs.locale('vi');

// Form.io (the submission page) and qrcode (the receipt) load on demand, as route chunks of the real Vite build would.
const SubmitPage = lazy(() => import('./submit/SubmitPage').then((m) => ({ default: m.SubmitPage })));
const ReceiptPage = lazy(() => import('./receipt/ReceiptPage').then((m) => ({ default: m.ReceiptPage })));

function routeFor(pathname: string): ReactNode {
  const simple: Record<string, () => ReactNode> = {
    '/portaldvc/home': () => <HomePage />,
    '/portaldvc/danh-muc-tthc': () => <CataloguePage />,
    '/portaldvc/dvc-truc-tuyen': () => <OnlineServicesPage />,
    '/portaldvc/nop-ho-so-truc-tuyen': () => <SubmitPage />,
    '/portaldvc/tra-cuu': () => <LookupPage />,
    '/portaldvc/ho-so-ca-nhan/dvc-dich-vu-cong-cua-toi': () => <MyDossiersPage />,
    '/portaldvc/ho-so-ca-nhan/dvc-thanh-toan-phi-le-phi': () => <MyFeesPage />,
    '/portaldvc/phieu-tiep-nhan': () => <ReceiptPage />,
    '/portaldvc/thanh-toan': () => <PaymentPage />,
    '/portaldvc/thanh-toan/xac-nhan': () => <PaymentReturnPage />,
    '/portaldvc/dang-nhap': () => <SignInPage />,
    '/portaldvc/huong-dan-su-dung': () => <HelpPage />,
    '/portaldvc/tin-tuc': () => <NewsListPage />,
  };
  const path = pathname.replace(/\/+$/, '');
  const page = simple[path];
  if (page) return page();
  const detail = matchPath('/portaldvc/chi-tiet-thu-tuc/:id', path);
  if (detail) return <ProcedureDetailPage id={detail.id ?? ''} />;
  const article = matchPath('/portaldvc/tin-bai/:id', path);
  if (article) return <NewsArticlePage id={article.id ?? ''} />;
  return <NotFoundPage />;
}

export function App() {
  const location = useLocation();
  const printOnly = location.pathname.startsWith('/portaldvc/phieu-tiep-nhan');
  return (
    <ConfigProvider locale={viVN} theme={{ token: { colorPrimary: '#1c5fa8', fontFamily: 'Arial, Helvetica, sans-serif' } }}>
      <div className="portal-root">
        {!printOnly && <Header pathname={location.pathname} />}
        <main className="portal-main" key={location.pathname}>
          <Suspense fallback={<Spin className="page-spin" size="large" />}>{routeFor(location.pathname)}</Suspense>
        </main>
        {!printOnly && <Footer />}
      </div>
      <ToastContainer />
    </ConfigProvider>
  );
}
