import{s as a}from"./module/validate.mjs";export{v as validate}from"./module/validate.mjs";function e(e){return a(e)}export{e as init};
