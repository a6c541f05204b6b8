import { n as e } from "./chunk-DiqZc92J.js";
import { n as t, r as n } from "./copilot-ui-state-DjlBBpyf.js";
import { r, t as i } from "./stats-D_j8yo6z.js";
//#region frontend/copilot/shared/track-active-mode-event.ts
var a, o = e((() => {
	i(), n(), a = () => {
		let e = t.activeMode;
		r("active-mode-changed", { mode: e });
	};
}));
//#endregion
export { a as n, o as t };
