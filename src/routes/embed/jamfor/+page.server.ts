// Chrome-less embed of one comparison chart: the default (dot plot, default state) is prerendered with the same load
// as the comparison page; any other chart or state is read from the URL in the browser.
export { load } from '../../jamfor/+page.server';
