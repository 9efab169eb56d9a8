// Reading what the user brings: a file is classified (text, web page, exported graph, or refused with a reason),
// decoded, a page read down to its article, and the text checked for being English, which the extractor reads.
export { classifyFile, classifyFileInSlices, type ClassifiedFile, type FileInput, type RefusalReason } from './classify.ts';
export { decodeText, type DecodedText, type TextEncoding } from './decode.ts';
export { htmlToArticleText, type ArticleText } from './html.ts';
export { looksEnglish, type EnglishGuess } from './language.ts';
export { likelyLanguageName } from './languageName.ts';
