/** The monthly fund-use plan by street: docs/model.md § 分月用款计划. */
export { cashflowPlan, streetTotal, type CashflowPlan, type CashflowOptions, type StreetMonths } from './plan';
export { streetShares, type PlacedArea, type StreetShares } from './shares';
export { originSeries, type OriginSeries } from './origins';
export { periods, periodSum, type Period } from './periods';
export { deductions, type AssessmentResult, type Deductions } from './assessment';
export { streetBands, quantile, type Band, type StreetBands } from './draws';
export {
	cashflowTable,
	tableColumns,
	calendarYears,
	type CashflowTable,
	type TableColumn,
	type TableRow,
	type RowKind
} from './table';
