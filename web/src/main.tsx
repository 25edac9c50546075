import { render } from 'preact';
import { AppShell } from './app-shell.tsx';
import './styles.css';

const root = document.getElementById('app');
if (root !== null) render(<AppShell />, root);
