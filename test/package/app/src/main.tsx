import { createRoot } from 'react-dom/client';
import { init } from 'samtykke';
import { App } from './App';
import { notice } from './notice';

declare global {
  interface Window {
    __ran: string[];
  }
}
window.__ran = [];
init(notice);
createRoot(document.getElementById('root')!).render(<App />);
