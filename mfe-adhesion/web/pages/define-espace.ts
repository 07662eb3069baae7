// B4 « Espace Adhésion »: the page's element is the intranet widget of the kit (W2), registered with
// the section's widgets when the section first shows the page (`../section.ts` imports this module
// on demand): the members' pages do not load the widgets' code.
import '../widgets/define.js';
