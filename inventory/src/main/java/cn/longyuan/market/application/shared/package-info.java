/**
 * The kernel every step of the chain shares: a refusal and its field violations, the checks of request fields and
 * list filters, phrases read back from the texts the services write, a mail to send, the check of an uploaded photo
 * (a listing's, a return request's), the entity manager qualifier.
 * It imports no other application package.
 */
package cn.longyuan.market.application.shared;
