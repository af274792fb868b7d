// Registers <cchc-checklist> (side effect). A second copy on the page warns instead of throwing.
import { defineElement } from '../shared/defineElement.js';
import { CchcChecklist } from './checklist.js';

defineElement('cchc-checklist', CchcChecklist);
