// Entry of the browser code. Browser code never imports Node modules.
import './styles.css';
