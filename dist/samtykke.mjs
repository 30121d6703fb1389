export{b as init}from"./module/module.mjs";export{v as validate}from"./module/validate.mjs";import"./module/text.mjs";import"./module/fast.mjs";
