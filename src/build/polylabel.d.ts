// Types for polylabel 2 (it ships none): the pole of inaccessibility of a polygon.
declare module 'polylabel' {
  export default function polylabel(
    polygon: number[][][],
    precision?: number,
    debug?: boolean,
  ): [number, number] & { distance: number };
}
