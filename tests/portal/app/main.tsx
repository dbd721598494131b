// Boots the Thanh Hóa SPA.
import 'antd/dist/reset.css';
import './styles.css';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { installFakeRecaptcha } from './lib/recaptcha';
import { installDemoHooks } from './submit/demoHooks';

installFakeRecaptcha();
installDemoHooks();

const container = document.getElementById('root');
if (container) createRoot(container).render(<App />);
