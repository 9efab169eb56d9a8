// First: the extraction worker starts loading its language model before the rest of the page's modules run.
import './store/reader.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { seedDocuments } from './seed.ts';
import { appStore } from './store/index.ts';
import { createIdbWorkspaceStorage, keepWorkspace } from './store/persistence.ts';
// The base styles first: each pane's own stylesheet, imported by its component, builds on them.
import './ui/styles.css';
import { App } from './ui/App.tsx';
import { startTheming } from './ui/theme/documentTheme.ts';

// The theme goes on <html> before React draws anything, so the first frame has the right colours.
startTheming();

// The app opens on the workspace kept from the last visit, or on the seed article the first time (its graph worked
// out at build time, store/knownGraph.ts). The worker has started anyway (store/reader.ts), so its language model is
// ready for the next text, and it reads a saved workspace while React draws the shell.
void keepWorkspace(appStore, createIdbWorkspaceStorage(), seedDocuments);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
