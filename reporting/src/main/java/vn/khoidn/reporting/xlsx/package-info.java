/** Spreadsheets: tables of figures written as XLSX for people who work in Excel. */
package vn.khoidn.reporting.xlsx;
