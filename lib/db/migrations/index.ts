import type { Migration } from '../types';
import { migration as init } from './001-init';
import { migration as newsletter } from './002-newsletter';
import { migration as donations } from './003-donations';
import { migration as lettersStarted } from './004-letters-started';
import { migration as openLetters } from './005-open-letters';
import { migration as giftAidCharity } from './006-gift-aid-charity';

/** Applied in this order; never edit or reorder a migration that has shipped, add a new one. */
export const migrations: Migration[] = [init, newsletter, donations, lettersStarted, openLetters, giftAidCharity];
