// Demo section for <cchc-scorecard>: the PAR index of the eight Khánh Sơn communes, computed here in the browser from
// synthetic inputs (./data/scorecard-*.json) with scorePar and parSensitivity. The picker, or a row of the ranking,
// switches the scorecard to one unit; "Tất cả đơn vị" shows the ranking again.
import { getCriteriaSet, parSensitivity, scorePar } from '@cchc/core';
import type { CchcScorecard } from '@cchc/elements';
import '@cchc/elements/define';
import inputs from '../../data/scorecard-inputs.json';
import selfAssessments from '../../data/scorecard-series.json';

const scorecard = document.querySelector<CchcScorecard>('#scorecard');
const picker = document.querySelector<HTMLSelectElement>('#scorecard-unit');

if (scorecard && picker) {
  const set = getCriteriaSet(inputs.criteriaSetId);
  const result = scorePar(set, inputs.units, { previous: inputs.previous });
  scorecard.criteriaSet = set;
  scorecard.result = result;
  scorecard.sensitivity = parSensitivity(set, inputs.units, inputs.sensitivity);
  scorecard.series = selfAssessments.series;
  for (const unit of result.units)
    picker.append(new Option(unit.unitName ?? unit.unitCode, unit.unitCode));

  const show = (unitCode: string) => {
    scorecard.unitCode = unitCode === '' ? undefined : unitCode;
    picker.value = unitCode;
  };
  picker.addEventListener('change', () => show(picker.value));
  scorecard.addEventListener('cchc-select', (event) => {
    show(event.detail.unitCode);
    picker.focus(); // the row that was activated is gone: keep the keyboard user next to the picker
  });
}
