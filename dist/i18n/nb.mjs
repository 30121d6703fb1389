import{n as m}from"../module/nb.mjs";import{r as o}from"../module/registry.mjs";import"../module/fast.mjs";import"../module/first-nb.mjs";o("nb",m);export{m as nb};
