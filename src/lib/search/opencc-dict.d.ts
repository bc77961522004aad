/** opencc-js ships its dictionaries as untyped modules whose default export is the packed dictionary string. */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
