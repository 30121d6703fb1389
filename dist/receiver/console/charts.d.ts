import type { Markup } from './html.js';
export interface Bar {
    label: string;
    value: number;
    /** The value as the page's language writes it ("60 %", "1 204"). */
    shown: string;
}
export interface Chart {
    /** Unique on the page: the ids of the title and description derive from it. */
    id: string;
    title: string;
    description: string;
    bars: Bar[];
}
/** Vertical bars (decisions per day): the first and last day and the highest value labelled. */
export declare function columnChart(chart: Chart): Markup;
/** Horizontal bars of shares from 0 to 1 (consent rates), each labelled with its name and value. */
export declare function rateChart(chart: Chart): Markup;
/** A data table: a caption, header cells, and rows whose first cell is a row header. */
export declare function dataTable(id: string, caption: string, headers: string[], rows: (string | number)[][]): Markup;
