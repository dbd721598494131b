import { render } from 'preact';
import '../../components/theme.css';
import '../../components/dossier/dossier.css';
import './popup.css';
import { PopupApp } from './PopupApp';

render(<PopupApp />, document.getElementById('app')!);
