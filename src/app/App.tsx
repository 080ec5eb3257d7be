import { DataManager } from '../panels/data-manager/DataManager';
import { useNavigation } from '../store/navigation';
import { Header } from './Header';

export function App() {
  const screen = useNavigation((s) => s.screen);
  return (
    <div className="app">
      <Header />
      <main className="app__main" id="main">
        {screen === 'data' && <DataManager />}
      </main>
    </div>
  );
}
