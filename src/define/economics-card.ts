import { EconomicsCard } from '../elements/economics-card/economics-card.js';
import { define } from './define.js';

define('economics-card', EconomicsCard);

declare global {
  interface HTMLElementTagNameMap {
    'economics-card': EconomicsCard;
  }
}
