export{i as init}from"./module/module.mjs";export{v as validate}from"./module/validate.mjs";import"./module/fast.mjs";import"./module/text.mjs";
