import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import seedText from '../seeds/000_6481e570e0997220.txt?raw';
import { documentFromText } from './extract/document.ts';
import { appStore, startReader } from './store/index.ts';
import { createIdbWorkspaceStorage, keepWorkspace } from './store/persistence.ts';
// The base styles first: each pane's own stylesheet, imported by its component, builds on them.
import './ui/styles.css';
import { App } from './ui/App.tsx';
import { startTheming } from './ui/theme/documentTheme.ts';

// The theme goes on <html> before React draws anything, so the first frame has the right colours.
startTheming();

// The app opens on the workspace kept from the last visit, or on the seed article the first time; the worker
// reads it while React draws the shell. The worker starts first, so its language model loads while the saved
// workspace is read.
startReader();
void keepWorkspace(appStore, createIdbWorkspaceStorage(), () => [documentFromText('seed', seedText)]);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
