// Runs before the profile embed's first paint (a blocking script in its <head>; the CSP allows 'self', not inline
// code). The page is prerendered for one area, named in <meta name="profile-default">. A link naming another area marks
// <html data-profile-elsewhere>, and the page's styles hide the prerendered figures until its script has loaded the
// right ones, so no other area's figures are shown meanwhile. <html data-scripted> hides the note that without
// JavaScript only the default area can be shown; without JavaScript neither runs and the default area is shown under
// its own name, with that note.
(function () {
	document.documentElement.setAttribute('data-scripted', '');
	var meta = document.querySelector('meta[name="profile-default"]');
	if (!meta) return;
	var p = new URLSearchParams(location.search);
	var level = p.get('niva');
	var code = p.get('kod');
	if (level === null && code === null) return;
	if (meta.getAttribute('content') === level + '/' + code) return;
	document.documentElement.setAttribute('data-profile-elsewhere', '');
})();
