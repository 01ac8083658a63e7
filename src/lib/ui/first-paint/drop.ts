/** The live workbench is on screen (or will not come): the first paint's picture goes (static/first-paint.js). */
export const dropFirstPaint = () => document.getElementById('first-paint')?.remove();
