export{e as init,v as validate}from"./module/module.mjs";
