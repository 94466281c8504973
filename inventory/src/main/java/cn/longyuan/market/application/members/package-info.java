/** The back office's members and training: artisans' records, courses, enrolment, attendance, certificates. */
package cn.longyuan.market.application.members;
