// Exact decimal arithmetic for capaian (big.js): division to 20 places, rounding half up only for display.
import Big from 'big.js';

export const Dec = Big();
Dec.DP = 20;
Dec.RM = Big.roundHalfUp;

export type Decimal = Big;

export function dec(value: number | string | Big): Big {
  return new Dec(value);
}

export const HUNDRED = dec(100);
