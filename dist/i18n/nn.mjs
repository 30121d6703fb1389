import{n as m}from"../module/nn.mjs";import{r as o}from"../module/registry.mjs";import"../module/fast.mjs";import"../module/first-nn.mjs";o("nn",m);export{m as nn};
