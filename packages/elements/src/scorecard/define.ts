import { defineElement } from '../shared/defineElement.js';
import { CchcScorecard } from './scorecard.js';

defineElement('cchc-scorecard', CchcScorecard);
