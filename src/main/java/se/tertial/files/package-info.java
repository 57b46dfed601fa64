/** Output files: atomic replacement, portable file names, and the error of any output step. */
package se.tertial.files;
