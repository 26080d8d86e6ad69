// Types of the virtual modules served by src/build/vite-plugin-atlas.ts.
declare module 'virtual:atlas/countries' {
  const countries: import('./data/countries').CountryInfo[];
  export default countries;
}
declare module 'virtual:atlas/country-shapes' {
  const shapes: import('geojson').FeatureCollection<
    import('geojson').Polygon | import('geojson').MultiPolygon,
    import('./data/countries').CountryShapeProperties
  >;
  export default shapes;
}
declare module 'virtual:atlas/validate-dataset' {
  import type { ErrorObject } from 'ajv';
  interface ValidateFunction {
    (data: unknown): boolean;
    errors?: ErrorObject[] | null;
  }
  const validate: ValidateFunction;
  export default validate;
}
declare module 'virtual:atlas/site' {
  const settings: import('./build/site-policy').SiteSettings;
  export default settings;
}
