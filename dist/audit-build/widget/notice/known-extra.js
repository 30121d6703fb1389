export const EXTRA_TRACKING_COOKIES = [
    { name: '_gid', service: 'google-analytics' },
    { name: '_gat', pattern: '_gat(_.+)?', service: 'google-analytics' },
    { name: '_gcl_<suffix>', pattern: '_gcl_.+', service: 'google-ads' },
    { name: 'fr', service: 'meta-pixel' },
    { name: '_hj<name>', pattern: '_hj.+', service: 'hotjar' },
    { name: 'CLID', service: 'microsoft-clarity' },
    { name: 'li_<name>', pattern: 'li_.+', service: 'linkedin-insight' },
    { name: 'bcookie', service: 'linkedin-insight' },
    { name: 'lidc', service: 'linkedin-insight' },
    { name: 'UserMatchHistory', service: 'linkedin-insight' },
    { name: '_pin_unauth', service: 'pinterest-tag' },
    { name: '_pinterest_<name>', pattern: '_pinterest_.+', service: 'pinterest-tag' },
];
