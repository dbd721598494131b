import { render } from 'preact';
import '../../components/theme.css';
import '../../components/forms/forms.css';
import '../../components/profile/profile.css';
import '../../components/backup/backup.css';
import './options.css';
import { OptionsApp } from './OptionsApp';

render(<OptionsApp />, document.getElementById('app')!);
