package dk.peerstoette.partnership;

/** Regional treatment psychiatry or municipal social psychiatry. */
public enum Sector {

	REGIONAL, MUNICIPAL

}
