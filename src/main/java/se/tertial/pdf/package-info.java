/** XHTML to PDF/UA-1 + PDF/A-2u: the writer, the embedded fonts and the document dates. */
package se.tertial.pdf;
