const a={};function n(n,o){a[n]=o}export{a,n as r};
