/** The areas the workbench's first screen does not use, in one chunk (see ../table-first.ts). */
import { brief } from './brief';
import { bridge } from './bridge';
import { cashflow } from './cashflow';
import { compare } from './compare';
import { confirm } from './confirm';
import { datatable } from './datatable';
import { decide } from './decide';
import { history } from './history';
import { lookback } from './lookback';
import { mc } from './mc';
import { mcin } from './mcin';
import { mcplain } from './mcplain';
import { plancheck } from './plancheck';
import { register } from './register';
import { xlsx } from './xlsx';

export const LATER_MESSAGES = {
	...brief,
	...bridge,
	...cashflow,
	...compare,
	...confirm,
	...datatable,
	...decide,
	...history,
	...lookback,
	...mc,
	...mcin,
	...mcplain,
	...plancheck,
	...register,
	...xlsx
};
