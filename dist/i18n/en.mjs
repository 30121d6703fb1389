import{e as m}from"../module/en.mjs";import{r as o}from"../module/registry.mjs";import"../module/fast.mjs";import"../module/first-en.mjs";o("en",m);export{m as en};
