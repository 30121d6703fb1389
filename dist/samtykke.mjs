export{j as init,v as validate}from"./module/module.mjs";
