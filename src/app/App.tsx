import { useEffect } from 'react';
import { DataManager } from '../panels/data-manager/DataManager';
import { useNavigation } from '../store/navigation';
import { startSample } from '../store/sample';
import { Header } from './Header';

export function App() {
  const screen = useNavigation((s) => s.screen);
  // Whatever screen opens first, a fresh browser profile gets the workshop sample.
  useEffect(() => startSample(), []);
  return (
    <div className="app">
      <Header />
      <main className="app__main" id="main">
        {screen === 'data' && <DataManager />}
      </main>
    </div>
  );
}
