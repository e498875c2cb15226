/**
 * The programme structure: partnerships, the organisations in them (regions,
 * municipalities, NGOs), their units and the peer-support models. Other modules look
 * organisations and partnerships up through
 * {@link dk.peerstoette.partnership.ProgrammeDirectory}.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.partnership;
