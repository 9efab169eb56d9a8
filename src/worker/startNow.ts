// Imported first by main.tsx, for its side effect alone: the extraction worker starts before any other module runs.
import { startWorkerEarly } from './earlyStart.ts';

startWorkerEarly();
