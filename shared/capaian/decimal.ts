// Exact decimal arithmetic for capaian (big.js): division to 20 places, rounding half up only for display.
import Big from 'big.js';

export const Dec = Big();
Dec.DP = 20;
// Division truncates at 20 places: a truncated quotient never carries into the digits kept, so rounding it
// half up to 2 places for display gives exactly the rounding of the true quotient (no double rounding).
Dec.RM = Big.roundDown;

export type Decimal = Big;

export function dec(value: number | string | Big): Big {
  return new Dec(value);
}

export const HUNDRED = dec(100);
