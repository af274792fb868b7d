// Registers <cchc-survey> (side effect). Import the class from '@cchc/elements' to register it under another name.
import { defineElement } from '../shared/defineElement.js';
import { CchcSurvey } from './survey.js';

defineElement('cchc-survey', CchcSurvey);
